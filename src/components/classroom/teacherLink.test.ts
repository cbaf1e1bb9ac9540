import { describe, expect, it } from 'vitest';
import { decodeClassroomQuery } from '../../shared/classroomUrl';
import { cloneSpec, DEFAULT_SPEC } from '../../shared/defaults';
import { decodeSpecFromQuery } from '../../shared/urlState';
import { challengeConditions, teacherLink } from './teacherLink';

describe('teacher links', () => {
  it('carry the settings, hidden and locked controls and the challenge, and read back the same', () => {
    const spec = cloneSpec(DEFAULT_SPEC);
    spec.data.dataset = 'xor';
    const challenge = challengeConditions({ goal: 'testAccuracy', value: 0.95, maxNeurons: 8, maxLayers: null, maxEpochs: 500 });
    const link = teacherLink('http://host/', spec, { hidden: ['noise'], locked: ['dataset'], lesson: null, challenge });
    const query = link.slice(link.indexOf('?'));
    expect(decodeSpecFromQuery(query).spec).toEqual(spec);
    expect(decodeClassroomQuery(query, () => null)).toEqual({ classroom: { hidden: ['noise'], locked: ['dataset'], lesson: null, challenge }, notices: [] });
    expect(challenge.map((c) => c.measure)).toEqual(['testAccuracy', 'hiddenNeurons', 'epoch']);
  });

  it('leave the settings to the lesson when one is named', () => {
    const link = teacherLink('http://host/', DEFAULT_SPEC, { hidden: [], locked: [], lesson: { id: 'neuron', step: 1 }, challenge: null });
    expect(link).toBe('http://host/?lesson=neuron&step=2');
  });
});
