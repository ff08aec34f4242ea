// The overlay's elements, as tests find them: their names end in a random suffix (src/annotate/widgets.ts
// overlayTags) and their shadow roots are closed, so tests look them up by prefix and keep the roots as they are
// attached.
export type OverlayKind = 'marker' | 'popover' | 'panel';

export function overlayElements(root: ParentNode, kind: OverlayKind): HTMLElement[] {
  const prefix = `NBC-${kind.toUpperCase()}-`;
  return Array.from(root.querySelectorAll<HTMLElement>('*')).filter((el) => el.tagName.startsWith(prefix));
}

/** Records every shadow root attached in `doc`'s window from now on; returns the lookup host → root. */
export function keepShadowRoots(doc: Document): (host: Element) => ShadowRoot {
  const roots = new WeakMap<Element, ShadowRoot>();
  const proto = (doc.defaultView as unknown as typeof globalThis).Element.prototype;
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  return (host) => roots.get(host)!;
}
