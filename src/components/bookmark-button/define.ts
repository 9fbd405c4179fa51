import { define } from '../internal/define.js';
import { RoseUpBookmarkButton } from './bookmark-button.js';

export { RoseUpBookmarkButton };
define('roseup-bookmark-button', RoseUpBookmarkButton);
