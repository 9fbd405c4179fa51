import { define } from '../internal/define.js';
import { RoseUpSearch } from './search.js';

export { RoseUpSearch };
define('roseup-search', RoseUpSearch);
