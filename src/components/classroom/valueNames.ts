import { ACTIVATION_LABELS, FEATURE_LABELS, LOSS_LABELS, OPTIMIZER_LABELS } from '../../shared/displayNames';
import { INITIALIZER_LABELS } from '../controls/labels';

const NAMES: Record<string, string> = { ...ACTIVATION_LABELS, ...INITIALIZER_LABELS, ...LOSS_LABELS, ...OPTIMIZER_LABELS, ...FEATURE_LABELS };

/** The page's own words for a value a check compares with ("binaryCrossEntropy" → "Binary cross-entropy"). */
export const nameOfValue = (value: string): string => NAMES[value] ?? value;
