import { defineComponent, onMounted } from 'vue';

// Per page, like the script itself: a script that ran cannot be unloaded, so it is added once
// however often the gate around this component opens.
const added = new Set<string>();

/** Adds `<script src>` to the head when mounted (in the browser only); renders nothing. */
export default defineComponent({
  props: { src: { type: String, required: true } },
  setup(props) {
    onMounted(() => {
      if (added.has(props.src)) return;
      added.add(props.src);
      const script = document.createElement('script');
      script.async = true;
      script.src = props.src;
      document.head.append(script);
    });
    return () => null;
  },
});
