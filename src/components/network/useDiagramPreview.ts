import { useEffect, useState } from 'react';
import { usePlayground } from '../../store/store';
import type { NeuronRef } from './neuronInspection';

/** The neuron a picture in the diagram stands for, from its data-neuron="layer:index". */
function neuronAt(target: EventTarget): NeuronRef | null {
  const found = (target as HTMLElement).closest?.<HTMLElement>('[data-neuron]')?.dataset.neuron?.split(':').map(Number);
  return found ? { layer: found[0], index: found[1] } : null;
}

/**
 * The output area shows the neuron under the pointer large, else the inspected one: one listener on
 * the whole diagram (not one per picture) reports which picture the pointer is over.
 *
 * Whichever moved last wins: a mouse resting on the diagram must not hide the neuron the keyboard
 * has just moved to — hence pointer moves, not pointerover, which the browser also sends when the
 * page scrolls under a resting mouse (as the inspector scrolls its neuron into view). A finger has
 * no hover: its emulated mouseover would leave a picture stuck over the decision boundary (no
 * mouseleave follows a tap), so touch pointers never preview.
 */
export function useDiagramPreview(inspected: NeuronRef | null) {
  const [hovered, setHovered] = useState<NeuronRef | null>(null);
  const setPreviewNeuron = usePlayground((s) => s.setPreviewNeuron);
  useEffect(() => setHovered(null), [inspected]);
  useEffect(() => setPreviewNeuron(hovered ?? inspected), [hovered, inspected, setPreviewNeuron]);
  useEffect(() => () => setPreviewNeuron(null), [setPreviewNeuron]);
  return {
    onPointerMove: (event: React.PointerEvent) => {
      if (event.pointerType === 'touch') return;
      const here = neuronAt(event.target);
      setHovered((was) => (was?.layer === here?.layer && was?.index === here?.index ? was : here));
    },
    onPointerLeave: () => setHovered(null),
  };
}
