/** Provided by .storybook/roseup-plugin.ts: the manifest analysed from src/components. */
declare module 'virtual:roseup/custom-elements' {
  const manifest: unknown;
  export default manifest;
}
