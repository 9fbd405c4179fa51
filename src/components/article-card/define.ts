import { define } from '../internal/define.js';
import { RoseUpArticleCard } from './article-card.js';

export { RoseUpArticleCard };
define('roseup-article-card', RoseUpArticleCard);
