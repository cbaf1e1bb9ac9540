import { useLayoutEffect, useRef, useState } from 'react';
import type { LayerWeights, ParameterRef } from '../../shared/engineTypes';
import type { DiagramLayout } from './diagramLayout';
import { linkEditorPlacement } from './linkEditorPlacement';
import type { DiagramLink } from './networkLinks';
import { WeightEditor } from './WeightEditor';
import { editTargets, sameParameter } from './weightTargets';

interface LinkWeightEditorProps {
  parameter: ParameterRef;
  /** The links as drawn now: the editor follows its link when the diagram is laid out again. */
  links: DiagramLink[];
  weights: LayerWeights[] | null;
  widths: number[];
  inputNames: string[];
  layout: DiagramLayout;
  onClose(): void;
}

/** Until measured: about what a one-field editor takes. */
const GUESSED_HEIGHT = 150;

/** The weight editor for a clicked link, floating in the diagram; nothing once the weight is gone. */
export function LinkWeightEditor({ parameter, links, weights, widths, inputNames, layout, onClose }: LinkWeightEditorProps) {
  const editorRef = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(GUESSED_HEIGHT);
  useLayoutEffect(() => {
    const measured = editorRef.current?.offsetHeight;
    if (measured && measured !== height) setHeight(measured);
  });
  const link = links.find((l) => l.ref && sameParameter(l.ref, parameter));
  const targets = link ? editTargets([parameter], weights, widths, inputNames) : null;
  if (!link || !targets) return null;
  return <WeightEditor ref={editorRef} title="Change this weight" targets={targets} onClose={onClose} style={linkEditorPlacement(link, layout, height)} />;
}
