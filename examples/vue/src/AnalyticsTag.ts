import { defineComponent, onMounted } from 'vue';

// Per page, like the script itself: a script that ran cannot be unloaded, so it is added once
// however often the gate around this component opens.
const added = new Set<string>();

/**
 * Adds the script to the head when mounted (in the browser only), held as the page's own held
 * scripts are (`type="text/plain"` and its category): Consentry releases it while the category is
 * allowed, with its nonce, and so knows it ran (`needsReload()` after a withdrawal). Renders nothing.
 */
export default defineComponent({
  props: { src: { type: String, required: true }, category: { type: String, required: true } },
  setup(props) {
    onMounted(() => {
      if (added.has(props.src)) return;
      added.add(props.src);
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.setAttribute('data-category', props.category);
      script.setAttribute('async', '');
      script.setAttribute('src', props.src);
      document.head.append(script);
    });
    return () => null;
  },
});
