// @vitest-environment jsdom
import type KonvaType from 'konva';
import { Group as GroupClass } from 'konva/lib/Group';
import { act, createRef, Fragment, type ReactNode, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Circle, Group, KonvaRoot, Rect } from './konva-binding';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Nothing is drawn here: the binding is tested under a plain group. Konva's shapes still ask a 2D context
// for their hit colour when made, which jsdom lacks: any call on this one does nothing.
HTMLCanvasElement.prototype.getContext = (() =>
  new Proxy(
    {},
    { get: (_, key) => (key === 'getImageData' ? () => ({ data: new Uint8ClampedArray(4) }) : () => {}) },
  )) as unknown as HTMLCanvasElement['getContext'];

let roots: Root[] = [];
afterEach(() => {
  for (const root of roots) act(() => root.unmount());
  roots = [];
});

function mount(top: KonvaType.Group) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  roots.push(root);
  return async (children: ReactNode) => {
    await act(async () => {
      root.render(<KonvaRoot node={top}>{children}</KonvaRoot>);
    });
  };
}

const names = (container: KonvaType.Container) => container.getChildren().map((child) => child.name());

describe('the Konva binding', () => {
  it('adds nodes in the order they are written, with their attributes, nested', async () => {
    const top = new GroupClass();
    const render = mount(top);
    await render(
      <>
        <Rect name="a" x={1} width={5} />
        <Group name="g" y={2}>
          <Circle name="c" radius={3} />
        </Group>
        <Rect name="b" />
      </>,
    );
    expect(names(top)).toEqual(['a', 'g', 'b']);
    expect(top.getChildren()[0]?.x()).toBe(1);
    const group = top.getChildren()[1] as KonvaType.Group;
    expect(group.y()).toBe(2);
    expect((group.getChildren()[0] as KonvaType.Circle).radius()).toBe(3);
  });

  it('puts a node that appears later between its siblings, where it is written', async () => {
    const top = new GroupClass();
    const render = mount(top);
    const scene = (show: boolean) => (
      <>
        <Rect name="back" />
        {show && <Extra />}
        <Rect name="front" />
      </>
    );
    await render(scene(false));
    expect(names(top)).toEqual(['back', 'front']);
    await render(scene(true));
    expect(names(top)).toEqual(['back', 'extra-1', 'extra-2', 'front']);
    await render(scene(false));
    expect(names(top)).toEqual(['back', 'front']);
  });

  it('follows keyed children when React moves them', async () => {
    const top = new GroupClass();
    const render = mount(top);
    const list = (keys: string[]) => (
      <>
        {keys.map((key) => (
          <Rect key={key} name={key} />
        ))}
      </>
    );
    await render(list(['a', 'b', 'c', 'd']));
    await render(list(['d', 'b', 'a', 'c']));
    expect(names(top)).toEqual(['d', 'b', 'a', 'c']);
    await render(list(['c', 'e', 'd']));
    expect(names(top)).toEqual(['c', 'e', 'd']);
  });

  it('sets changed props, resets a prop no longer given, and leaves alone what the page set itself', async () => {
    const top = new GroupClass();
    const render = mount(top);
    await render(<Rect name="r" x={1} y={4} fill="red" />);
    const rect = top.getChildren()[0] as KonvaType.Rect;
    rect.opacity(0.5);
    await render(<Rect name="r" x={3} y={4} />);
    expect(rect.x()).toBe(3);
    expect(rect.y()).toBe(4);
    expect(rect.fill()).toBeUndefined();
    expect(rect.opacity()).toBe(0.5);
  });

  it('keeps its nodes under StrictMode, which runs layout effects twice on mount', async () => {
    const top = new GroupClass();
    const render = mount(top);
    const ref = createRef<KonvaType.Group>();
    await render(
      <StrictMode>
        <Rect name="a" />
        <Group ref={ref} name="g">
          <Rect name="inside" />
        </Group>
      </StrictMode>,
    );
    expect(names(top)).toEqual(['a', 'g']);
    expect(ref.current?.getParent()).toBe(top);
    expect(ref.current?.getChildren().map((child) => child.name())).toEqual(['inside']);
  });

  it('hands the node to a ref, and destroys a removed subtree once', async () => {
    const top = new GroupClass();
    const render = mount(top);
    const ref = createRef<KonvaType.Group>();
    await render(
      <Group ref={ref} name="g">
        <Rect name="inside" />
      </Group>,
    );
    const group = ref.current;
    expect(group?.getParent()).toBe(top);
    const destroyed: string[] = [];
    group?.on('destroy', () => destroyed.push('group'));
    const inside = group?.getChildren()[0] as KonvaType.Rect;
    inside.on('destroy', () => destroyed.push('inside'));
    await render(<Fragment />);
    expect(top.getChildren()).toHaveLength(0);
    expect(destroyed.sort()).toEqual(['group', 'inside']);
    expect(ref.current).toBeNull();
  });
});

function Extra() {
  return (
    <>
      <Rect name="extra-1" />
      <Rect name="extra-2" />
    </>
  );
}
