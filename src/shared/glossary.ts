/**
 * Short explanations of the words a learner meets, shown on hover or keyboard focus wherever the
 * word is marked (controls, read-outs, lesson text). Lesson text marks a word as [[key]] or
 * [[key|the words shown]].
 */
export const GLOSSARY = {
  neuron: 'Neuron: multiplies each input by a weight, adds them up with a bias, and passes the sum through its activation function.',
  weight: 'Weight: how strongly one input (or neuron) pulls on the next neuron. Training changes the weights.',
  bias: 'Bias: a number each neuron adds to its weighted sum, shifting where it switches on.',
  activation: 'Activation function: the curve a neuron applies to its weighted sum. Without a non-linear one, many layers still draw only straight lines.',
  linear: 'Linear: a straight-line relation. A stack of linear layers is still one linear function.',
  feature: 'Feature: a property of each point fed into the network, such as x1, x2 or x1².',
  hiddenLayer: 'Hidden layer: a layer of neurons between the inputs and the output. Each one can combine the simpler shapes of the layer before.',
  output: 'Output: the last layer; its value is the prediction.',
  loss: 'Loss: one number that says how wrong the predictions are. Training tries to make it small.',
  mse: 'Mean squared error: the average of (prediction − target)². Big mistakes count much more than small ones.',
  crossEntropy: 'Cross-entropy: a loss for classes that punishes confident wrong answers heavily; it reads the output as a probability.',
  gradient: 'Gradient: for each weight, which way and how steeply the loss changes when that weight changes.',
  gradientDescent: 'Gradient descent: repeatedly move every weight a little against its gradient, so the loss goes down.',
  learningRate: 'Learning rate: how big each step of gradient descent is. Too small is slow; too big jumps past the minimum or blows up.',
  epoch: 'Epoch: one pass over every training point. The loss shown is measured after each epoch.',
  batch: 'Batch: the training points used together for one update of the weights.',
  iteration: 'Iteration: one update of the weights from one batch. An epoch has as many iterations as it has batches.',
  optimizer: 'Optimizer: the rule that turns gradients into weight changes: plain SGD, momentum, Adam…',
  momentum: 'Momentum: keeps part of the previous step, so updates build up speed along a consistent direction.',
  adam: 'Adam: an optimizer that adapts the step size of each weight from running averages of its gradients.',
  overfitting: 'Overfitting: the network learns the training points, noise included, and does worse on new points: training loss low, test loss high.',
  regularization: 'Regularization: anything that discourages a network from fitting noise, such as L2 or dropout.',
  l2: 'L2 regularization: adds the sum of squared weights to the loss, keeping weights small and the boundary smooth.',
  dropout: 'Dropout: while training, switches off a random share of neurons each step so no neuron can rely on another.',
  initialization: 'Weight initialization: the random values the weights start from. All zeros makes every neuron in a layer learn the same thing.',
  vanishingGradient: 'Vanishing gradients: in deep stacks of saturating activations (like sigmoid) the gradient shrinks layer by layer, so the first layers barely learn.',
  softmax: 'Softmax: turns one score per class into probabilities that add up to 1.',
  accuracy: 'Accuracy: the share of points whose predicted class is right.',
  trainingSet: 'Training set: the points the network learns from.',
  testSet: 'Test set: points kept aside; how well the network does on them shows whether it generalizes.',
  diverge: 'Diverging: the loss grows without bound instead of falling, usually because the learning rate is too high.',
  convolution: 'Convolution: a small grid of weights (a filter) slid over the whole image; the same few weights look for one pattern, such as an edge, everywhere.',
  featureMap: 'Feature map: the image a filter produces, bright where its pattern was found.',
  pooling: 'Pooling: shrinks a feature map by keeping the largest (or average) value of each small window.',
  parameter: 'Parameter: a number the network learns (a weight or a bias). Fewer parameters need fewer examples to set well.',
} as const;

export type GlossaryTerm = keyof typeof GLOSSARY;
export const isGlossaryTerm = (key: string): key is GlossaryTerm => Object.hasOwn(GLOSSARY, key);
