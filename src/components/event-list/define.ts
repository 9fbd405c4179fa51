import { define } from '../internal/define.js';
import { RoseUpEventList } from './event-list.js';

export { RoseUpEventList };
define('roseup-event-list', RoseUpEventList);
