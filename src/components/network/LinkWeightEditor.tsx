import type { LayerWeights } from '../../shared/engineTypes';
import type { DiagramLayout } from './diagramLayout';
import type { DiagramLink } from './networkLinks';
import { WeightEditor } from './WeightEditor';
import { editTargets } from './weightTargets';

interface LinkWeightEditorProps {
  link: DiagramLink;
  weights: LayerWeights[] | null;
  widths: number[];
  inputNames: string[];
  layout: DiagramLayout;
  onClose(): void;
}

/** The weight editor for a clicked link, floating in the diagram; nothing once the weight is gone. */
export function LinkWeightEditor({ link, weights, widths, inputNames, layout, onClose }: LinkWeightEditorProps) {
  const targets = link.ref ? editTargets([link.ref], weights, widths, inputNames) : null;
  if (!targets) return null;
  return (
    <WeightEditor
      title="Change this weight"
      targets={targets}
      onClose={onClose}
      // Just below the link's lower end: the link and the neurons it joins stay in view as they change.
      style={{
        left: Math.max(0, Math.min(link.x1 - 20, layout.width - 250)),
        top: Math.max(link.y1, link.y2) + layout.neuronSize / 2 + 10,
      }}
    />
  );
}
