// The analysis Storybook runs writes its manifest to a cache folder: it must not point the
// package's "customElements" field there (the analyzer does that by default).
export default { packagejson: false };
