import { define } from '../internal/define.js';
import { RoseUpArticleList } from './article-list.js';

export { RoseUpArticleList };
define('roseup-article-list', RoseUpArticleList);
