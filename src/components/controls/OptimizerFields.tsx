import { LIMITS, type OptimizerName, type TrainingSpec } from '../../shared/spec';
import { usePlayground } from '../../store/store';
import { NumberField } from './NumberField';

type Param = 'momentum' | 'beta1' | 'beta2' | 'epsilon' | 'rho';

const PARAMS: Record<OptimizerName, Param[]> = {
  batchGd: [],
  sgd: [],
  miniBatchSgd: [],
  momentum: ['momentum'],
  adam: ['beta1', 'beta2', 'epsilon'],
  adagrad: [],
  rmsprop: ['rho', 'epsilon'],
  adadelta: ['rho', 'epsilon'],
  adamax: ['beta1', 'beta2', 'epsilon'],
};

const FIELDS: Record<Param, { label: string; limits: { min: number; max: number }; step: number | 'any' }> = {
  momentum: { label: 'Momentum', limits: LIMITS.momentum, step: 0.01 },
  beta1: { label: 'β1', limits: LIMITS.beta, step: 0.01 },
  beta2: { label: 'β2', limits: LIMITS.beta, step: 0.001 },
  epsilon: { label: 'ε', limits: LIMITS.epsilon, step: 'any' },
  rho: { label: 'ρ', limits: LIMITS.rho, step: 0.01 },
};

/** The chosen optimizer's own parameters (β1, β2, ε for Adam; ρ for RMSProp; …). */
export function OptimizerFields({ training }: { training: TrainingSpec }) {
  const setTraining = usePlayground((s) => s.setTraining);
  return (
    <>
      {PARAMS[training.optimizer].map((param) => {
        const { label, limits, step } = FIELDS[param];
        return (
          <NumberField
            key={param}
            className="small-number"
            control="optimizer"
            label={label}
            value={training[param]}
            min={limits.min}
            max={limits.max}
            step={step}
            onCommit={(v) => setTraining(param, v!)}
          />
        );
      })}
    </>
  );
}
