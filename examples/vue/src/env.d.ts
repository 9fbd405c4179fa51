// The roseup-* tags as global components, for vue-tsc (strictTemplates).
import type {} from '@roseup/elements/vue';
