import * as tf from '@tensorflow/tfjs-core';

/**
 * tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel (tfjs issue #8474), so a convolution
 * cannot learn its kernel there. It does have Conv3DBackpropFilterV2: a 2-D convolution is a 3-D one
 * over a depth of 1, so the filter gradient is that kernel's, on inputs given a depth axis — one
 * native kernel call. Its strided form gives wrong sums in 4.22 (measured), so a strided convolution is
 * first rewritten as a stride-1 one (below). A test compares every case with the cpu backend's
 * Conv2DBackpropFilter. Registered once; a later tfjs with its own kernel keeps its own.
 */
export function registerWasmConvFilterGradient(): void {
  if (tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, attrs }) => {
      const { x, dy } = inputs as { x: tf.Tensor4D; dy: tf.Tensor4D };
      const { strides, pad, dataFormat, filterShape } = attrs as unknown as {
        strides: number | [number, number];
        pad: 'same' | 'valid' | number | unknown;
        dataFormat: 'NHWC' | 'NCHW';
        filterShape: [number, number, number, number];
      };
      if (dataFormat !== 'NHWC' || (pad !== 'same' && pad !== 'valid')) {
        throw new Error('This convolution layout cannot learn on WebAssembly: use WebGL or CPU.');
      }
      const [strideH, strideW] = typeof strides === 'number' ? [strides, strides] : strides;
      // A kernel may return a tensor made by other kernels: the engine takes it as the output.
      return tf.tidy(() => {
        const [input, gradient, padding] = strideH === 1 && strideW === 1 ? [x, dy, pad] : asStrideOne(x, dy, filterShape, [strideH, strideW], pad);
        const result = tf.engine().runKernel(
          'Conv3DBackpropFilterV2',
          { x: tf.expandDims(input, 1), dy: tf.expandDims(gradient, 1) },
          { strides: [1, 1, 1], pad: padding, filterShape: [1, ...filterShape] },
        ) as tf.Tensor;
        return tf.reshape(result, filterShape);
      });
    },
  });
}

/**
 * The same filter gradient as a stride-1, "valid" one: x padded as the strided convolution padded
 * it and cut to the rows and columns its windows reach; dy spread out with stride − 1 zeros between
 * its values, where the stride-1 windows that the strided convolution skipped would have been.
 */
function asStrideOne(
  x: tf.Tensor4D,
  dy: tf.Tensor4D,
  [kernelH, kernelW]: [number, number, number, number],
  [strideH, strideW]: [number, number],
  pad: 'same' | 'valid',
): [tf.Tensor4D, tf.Tensor4D, 'valid'] {
  const [batch, height, width, channels] = x.shape;
  const [, outH, outW, filters] = dy.shape;
  const reachH = (outH - 1) * strideH + kernelH;
  const reachW = (outW - 1) * strideW + kernelW;
  // "same" pads what the windows need beyond the image, the smaller half before (as tfjs does).
  const before = (reach: number, side: number) => (pad === 'same' ? Math.floor(Math.max(reach - side, 0) / 2) : 0);
  const [top, left] = [before(reachH, height), before(reachW, width)];
  const padded = tf.pad(x, [[0, 0], [top, Math.max(reachH - height - top, 0)], [left, Math.max(reachW - width - left, 0)], [0, 0]]);
  const input = tf.slice(padded, [0, 0, 0, 0], [batch, reachH, reachW, channels]);
  const spread = tf.pad(tf.reshape(dy, [batch, outH, 1, outW, 1, filters]), [[0, 0], [0, 0], [0, strideH - 1], [0, 0], [0, strideW - 1], [0, 0]]);
  const gradient = tf.slice(tf.reshape(spread, [batch, outH * strideH, outW * strideW, filters]), [0, 0, 0, 0], [batch, (outH - 1) * strideH + 1, (outW - 1) * strideW + 1, filters]) as tf.Tensor4D;
  return [input, gradient, 'valid'];
}
