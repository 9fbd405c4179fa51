import { define } from '../internal/define.js';
import { RoseUpBookmarkList } from './bookmark-list.js';

export { RoseUpBookmarkList };
define('roseup-bookmark-list', RoseUpBookmarkList);
