import { useEffect, useId, useRef, useState } from 'react';
import type { LayerWeights } from '../../shared/engineTypes';
import { selectSpec } from '../../store/selectors';
import { usePlayground } from '../../store/store';
import { ACTIVATION_LABELS } from '../../shared/displayNames';
import { entryOf } from '../../shared/layers/registry';
import type { DiagramLayout } from './diagramLayout';
import { describeNeuron, moveInspection, neuronLabel, type NeuronRef } from './neuronInspection';
import { WeightEditor } from './WeightEditor';
import { editTargets, incomingParameters } from './weightTargets';

interface NeuronInspectorProps {
  /** Drawn neurons per hidden layer and the output. */
  widths: number[];
  weights: LayerWeights[] | null;
  inputNames: string[];
  inspected: NeuronRef | null;
  onInspect(ref: NeuronRef | null): void;
}

/**
 * The keyboard's way to read a neuron's bias and incoming weights (the mouse hovers links): one tab
 * stop, arrow keys to move, so the dozens of neurons never crowd the tab order. Enter opens the
 * weight editor for the neuron (the mouse clicks a link); Escape there comes back here.
 */
export function NeuronInspector({ widths, weights, inputNames, inspected, onInspect }: NeuronInspectorProps) {
  const helpId = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  const { network } = usePlayground(selectSpec);
  // Announced only when the learner moves: the visible text follows training, the voice does not.
  const [spoken, setSpoken] = useState('');
  const [editing, setEditing] = useState<NeuronRef | null>(null);
  const kinds = [...network.hidden.map((layer) => entryOf(layer).unitKind(layer)), ACTIVATION_LABELS[network.outputActivation]];
  const current = inspected && inspected.layer < widths.length && inspected.index < widths[inspected.layer] ? inspected : null;
  const describe = (ref: NeuronRef) => describeNeuron(ref, widths, weights, inputNames, kinds[ref.layer] ?? '');
  const editable = current !== null && incomingParameters(current, weights).length > 0;
  const targets = editing ? editTargets(incomingParameters(editing, weights), weights, widths, inputNames) : null;
  const inspect = (ref: NeuronRef) => {
    onInspect(ref);
    setSpoken(describe(ref));
  };
  const closeEditor = () => {
    setEditing(null);
    groupRef.current?.focus();
  };
  // A network rebuilt under the editor (other layers, other widths) closes it.
  useEffect(() => {
    if (editing && !targets) setEditing(null);
  }, [editing, targets]);
  return (
    <div
      ref={groupRef}
      className="neuron-inspector"
      role="group"
      aria-label="Neuron inspector"
      aria-describedby={helpId}
      tabIndex={0}
      onFocus={(event) => event.target === event.currentTarget && inspect(current ?? { layer: 0, index: 0 })}
      onBlur={(event) => {
        // Moving into its own editor keeps the neuron inspected (and shown large).
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setEditing(null);
        onInspect(null);
      }}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.key === 'Enter' && editable) {
          event.preventDefault();
          setEditing(current);
          return;
        }
        const next = moveInspection(current, event.key, widths);
        if (!next) return;
        event.preventDefault();
        setEditing(null);
        inspect(next);
      }}
    >
      <p id={helpId} className="hint">
        Neuron inspector: focus here, then <kbd>←</kbd> <kbd>→</kbd> change layer, <kbd>↑</kbd> <kbd>↓</kbd> change neuron, <kbd>Enter</kbd> change its weights.
      </p>
      {current && <p className="inspector-readout">{describe(current)}</p>}
      {current && editable && !editing && (
        // Not a second tab stop (the keyboard has Enter): tabbing on leaves the inspector, as before.
        <button type="button" className="inspector-edit" tabIndex={-1} onClick={() => setEditing(current)}>
          Change weights of {neuronLabel(current, widths)}
        </button>
      )}
      {editing && targets && <WeightEditor title={`Weights into ${neuronLabel(editing, widths)}`} targets={targets} onClose={closeEditor} />}
      <span className="visually-hidden" aria-live="polite">
        {spoken}
      </span>
    </div>
  );
}

/** A ring around the inspected neuron in the diagram, scrolled into view as it moves. */
export function InspectedRing({ layout, inspected }: { layout: DiagramLayout; inspected: NeuronRef | null }) {
  const ringRef = useRef<HTMLDivElement>(null);
  const position = inspected ? layout.columns[inspected.layer + 1]?.[inspected.index] : undefined;
  useEffect(() => {
    // A statement, not the arrow's value: newer browsers return a promise from scrollIntoView, and
    // React would take whatever an effect returns for its clean-up function.
    ringRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [position]);
  if (!position) return null;
  const pad = 5;
  return (
    <div
      ref={ringRef}
      className="inspected-ring"
      aria-hidden="true"
      style={{ left: position.x - pad, top: position.y - pad, width: layout.neuronSize + 2 * pad, height: layout.neuronSize + 2 * pad }}
    />
  );
}
