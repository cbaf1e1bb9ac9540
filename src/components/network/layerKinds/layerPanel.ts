import type { ComponentType } from 'react';
import type { LayerKind, LayerOfKind, LayerSpec } from '../../../shared/layers/registry';

export interface LayerPanelProps<S> {
  layer: S;
  /** 0-based; shown and named 1-based, as a learner counts hidden layers. */
  index: number;
}

/** The page's side of a layer kind: its glyph and quick controls above the column, its settings below the diagram. */
export interface LayerPanel<S> {
  Header: ComponentType<LayerPanelProps<S>>;
  Settings: ComponentType<LayerPanelProps<S>>;
}

export type LayerPanels = { readonly [K in LayerKind]: LayerPanel<LayerOfKind<K>> };

export type AnyLayerPanel = LayerPanel<LayerSpec>;
