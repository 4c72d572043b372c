import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring is added by the clip-flow work.
});
