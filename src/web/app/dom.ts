/**
 * A tiny DOM helper. Text is only ever inserted as Text nodes: nothing in the UI goes through
 * innerHTML, so untrusted article text cannot become markup.
 */

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string;
  /** Event listeners: { onclick: fn } */
  [key: string]: unknown;
}

/** Create an element. Props: `class`, `style` (object), `dataset` (object), `on<event>` listeners, attributes, properties. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = String(v);
      else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
      else if (k === 'dataset' && typeof v === 'object') {
        for (const [dk, dv] of Object.entries(v as Record<string, unknown>)) if (dv !== undefined && dv !== null) el.dataset[dk] = String(dv);
      } else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v as EventListener);
      else if (k === 'href') el.setAttribute('href', safeHref(String(v)));
      else if (k === 'innerHTML' || k === 'outerHTML') throw new Error('h(): innerHTML is not allowed');
      else if (k in el && typeof v !== 'string') (el as unknown as Record<string, unknown>)[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[] | Child): void {
  if (Array.isArray(children)) {
    for (const c of children) append(parent, c);
    return;
  }
  if (children === null || children === undefined || children === false) return;
  parent.appendChild(typeof children === 'object' ? children : document.createTextNode(String(children)));
}

/** Replace every child of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Only same-origin paths and http(s)/mailto links become hrefs; anything else (javascript:, data:) becomes "#". */
export function safeHref(url: string): string {
  const u = url.trim();
  if (u.startsWith('/') && !u.startsWith('//')) return u;
  if (u.startsWith('?') || u.startsWith('#')) return u;
  if (/^https?:\/\//i.test(u) || /^mailto:/i.test(u)) return u;
  return '#';
}
