import type KonvaType from 'konva';
import { Group as GroupClass } from 'konva/lib/Group';
import { Layer as LayerClass } from 'konva/lib/Layer';
import { Shape as ShapeClass } from 'konva/lib/Shape';
import { Stage as StageClass } from 'konva/lib/Stage';
import { Circle as CircleClass } from 'konva/lib/shapes/Circle';
import { Rect as RectClass } from 'konva/lib/shapes/Rect';
import { Text as TextClass } from 'konva/lib/shapes/Text';
import {
  createContext,
  type ReactNode,
  type Ref,
  type RefObject,
  useContext,
  useImperativeHandle,
  useInsertionEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';

// Konva nodes as React components, drawn through React DOM itself instead of a second React renderer
// (react-konva brings its own copy of React's reconciler: ~38 KB gzipped, a fifth of the board's first
// load). The board's stage does not listen to input (the canvas hit-tests its own layout), so a node here
// takes Konva's attributes only, no event props.
//
// Each node renders an empty <span> in a hidden part of the stage's element. React DOM keeps those spans
// in the tree's order, whatever is inserted, removed or moved, so a Konva node takes the place among its
// siblings that its span has: what react-konva's insertBefore did. Attributes are applied in a layout
// effect, children before parents, so a parent that caches itself (CachedGroup) sees its children's
// attributes; a node is destroyed with its component, once (an ancestor's destroy takes its children).

export type Attrs = Record<string, unknown>;
const NOT_ATTRIBUTES = new Set(['children', 'ref', 'key']);

/** The Konva node a marker span stands for. */
const nodeOfMarker = new WeakMap<Element, KonvaType.Node>();

/** The container the nodes rendered inside it are added to. */
const KonvaParentContext = createContext<KonvaType.Container | null>(null);

function attributesOf(props: Attrs): Attrs {
  const attrs: Attrs = {};
  for (const key in props) if (!NOT_ATTRIBUTES.has(key)) attrs[key] = props[key];
  return attrs;
}

/** Sets what changed between two renders' props; a prop no longer given goes back to Konva's default. */
export function applyChangedAttributes(node: KonvaType.Node, props: Attrs, previous: Attrs): void {
  let changes: Attrs | null = null;
  for (const key in previous) {
    if (!NOT_ATTRIBUTES.has(key) && !(key in props)) {
      changes ??= {};
      changes[key] = undefined;
    }
  }
  for (const key in props) {
    if (!NOT_ATTRIBUTES.has(key) && props[key] !== previous[key]) {
      changes ??= {};
      changes[key] = props[key];
    }
  }
  if (changes) node.setAttrs(changes);
}

/** Puts the node into its parent just after the nearest earlier sibling span's node (or first). */
export function placeByMarker(
  node: KonvaType.Node,
  parent: KonvaType.Container,
  marker: Element | null,
): void {
  let index = 0;
  for (let before = marker?.previousElementSibling; before; before = before.previousElementSibling) {
    const sibling = nodeOfMarker.get(before);
    if (sibling && sibling.getParent() === parent) {
      index = sibling.index + (sibling.index < node.index || node.getParent() !== parent ? 1 : 0);
      break;
    }
  }
  if (node.getParent() !== parent) parent.add(node);
  if (node.index !== index) node.zIndex(index);
}

/**
 * React DOM moves a keyed child's span without re-rendering it: a moved span's node follows it, read from
 * the DOM's own record of the move before the next frame is drawn.
 */
function followMoves(root: Element, parentOf: (marker: Element) => KonvaType.Container | null) {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        const node = nodeOfMarker.get(added);
        const parent = parentOf(added);
        if (node && parent && node.getParent() === parent) placeByMarker(node, parent, added);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}

export type NodeProps<N, C> = C & { children?: ReactNode; ref?: Ref<N> };

/** One Konva node for the component's life, kept in step with its props, in its place among siblings. */
export function useKonvaNode<N extends KonvaType.Node>(
  create: (attrs: Attrs) => N,
  props: Attrs,
  ref?: Ref<N>,
) {
  const parent = useContext(KonvaParentContext);
  const [node] = useState(() => create(attributesOf(props)));
  const applied = useRef(props);
  const marker = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    applyChangedAttributes(node, props, applied.current);
    applied.current = props;
  });
  useLayoutEffect(() => {
    if (marker.current) nodeOfMarker.set(marker.current, node);
    if (parent) placeByMarker(node, parent, marker.current);
  }, [node, parent]);
  // Insertion effects run once per mount even in StrictMode, so the node is destroyed only when its
  // component really goes. An ancestor destroyed first has already taken it (its parent is gone).
  useInsertionEffect(
    () => () => {
      if (node.getParent()) node.destroy();
    },
    [node],
  );
  useImperativeHandle(ref, () => node, [node]);
  return { node, marker };
}

function ContainerSpan({
  node,
  marker,
  children,
}: {
  node: KonvaType.Container;
  marker: RefObject<HTMLSpanElement | null>;
  children?: ReactNode;
}) {
  return (
    <span ref={marker}>
      <KonvaParentContext.Provider value={node}>{children}</KonvaParentContext.Provider>
    </span>
  );
}

const newLayer = (attrs: Attrs) => new LayerClass(attrs);
const newGroup = (attrs: Attrs) => new GroupClass(attrs);
const newRect = (attrs: Attrs) => new RectClass(attrs);
const newText = (attrs: Attrs) => new TextClass(attrs);
const newCircle = (attrs: Attrs) => new CircleClass(attrs);
const newShape = (attrs: Attrs) => new ShapeClass(attrs);

export function Layer({ ref, children, ...props }: NodeProps<KonvaType.Layer, KonvaType.LayerConfig>) {
  const { node, marker } = useKonvaNode(newLayer, props, ref);
  return (
    <ContainerSpan node={node} marker={marker}>
      {children}
    </ContainerSpan>
  );
}

export function Group({ ref, children, ...props }: NodeProps<KonvaType.Group, KonvaType.GroupConfig>) {
  const { node, marker } = useKonvaNode(newGroup, props, ref);
  return (
    <ContainerSpan node={node} marker={marker}>
      {children}
    </ContainerSpan>
  );
}

export function Rect({ ref, ...props }: NodeProps<KonvaType.Rect, KonvaType.RectConfig>) {
  return <span ref={useKonvaNode(newRect, props, ref).marker} />;
}

export function Text({ ref, ...props }: NodeProps<KonvaType.Text, KonvaType.TextConfig>) {
  return <span ref={useKonvaNode(newText, props, ref).marker} />;
}

export function Circle({ ref, ...props }: NodeProps<KonvaType.Circle, KonvaType.CircleConfig>) {
  return <span ref={useKonvaNode(newCircle, props, ref).marker} />;
}

export function Shape({ ref, ...props }: NodeProps<KonvaType.Shape, KonvaType.ShapeConfig>) {
  return <span ref={useKonvaNode(newShape, props, ref).marker} />;
}

type StageProps = NodeProps<KonvaType.Stage, Omit<KonvaType.StageConfig, 'container'>>;

/**
 * The stage: a <div> Konva draws into, and the hidden spans of the nodes inside it. Konva's content is
 * built in a detached element while React renders, then moved into the div once it is in the page.
 */
export function Stage({ ref, children, ...props }: StageProps) {
  const host = useRef<HTMLDivElement>(null);
  const [stage] = useState(
    () => new StageClass({ ...attributesOf(props as Attrs), container: document.createElement('div') }),
  );
  const applied = useRef<Attrs>(props);
  useLayoutEffect(() => {
    applyChangedAttributes(stage, props as Attrs, applied.current);
    applied.current = props;
  });
  useLayoutEffect(() => {
    if (host.current && stage.container() !== host.current) stage.container(host.current);
  }, [stage]);
  useInsertionEffect(() => () => void stage.destroy(), [stage]);
  useImperativeHandle(ref, () => stage, [stage]);
  return (
    <div ref={host}>
      <KonvaRoot node={stage}>{children}</KonvaRoot>
    </div>
  );
}

/**
 * Where a tree of Konva nodes starts: its nodes are added to `node`, and their spans stand in a hidden
 * span whose changes are watched for moves.
 */
export function KonvaRoot({ node, children }: { node: KonvaType.Container; children?: ReactNode }) {
  const markers = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const root = markers.current;
    if (!root) return;
    const observer = followMoves(root, (marker) => {
      const parentMarker = marker.parentElement;
      if (parentMarker === root) return node;
      const parent = parentMarker ? nodeOfMarker.get(parentMarker) : undefined;
      return parent && 'children' in parent ? (parent as KonvaType.Container) : null;
    });
    return () => observer.disconnect();
  }, [node]);
  return (
    <span ref={markers} hidden>
      <KonvaParentContext.Provider value={node}>{children}</KonvaParentContext.Provider>
    </span>
  );
}
