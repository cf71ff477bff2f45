package dev.genaiplayground.compute;

/**
 * What the regularisation widget shows. A combination is a number 0 … 15 whose bits switch on the L2 penalty (1),
 * early stopping (2), data augmentation (4) and the ensemble (8).
 *
 * @param trainError           mean squared error on the training points of the combination on show
 * @param validationError      its mean squared error on the validation points
 * @param comboTrainError      the training error of every combination, by its number
 * @param comboValidationError the validation error of every combination, by its number
 * @param bestCombination      the combination with the lowest validation error
 * @param epochTrainError      gradient descent with the other switches as on show: training error after each
 *                             epoch (index 0 is the all-zero start)
 * @param epochValidationError the validation error after each epoch
 * @param stopEpoch            the epoch with the lowest validation error, where early stopping stops
 * @param learningRate         the step gradient descent took: 1 / (a bound on the loss's curvature)
 * @param gridX                the x at which the curves are drawn, evenly spaced over [0, 1]
 * @param fitted               the combination on show at gridX
 * @param plain                the plain least-squares fit (combination 0) at gridX
 * @param truth                the function the points were drawn from, sin(2πx), at gridX
 * @param augmentedX           the x of the jittered copies, when augmentation is on (empty otherwise)
 * @param augmentedY           their y (the y of the point each was copied from)
 */
public record RegularizationResult(double trainError, double validationError, double[] comboTrainError,
                                   double[] comboValidationError, int bestCombination, double[] epochTrainError,
                                   double[] epochValidationError, int stopEpoch, double learningRate,
                                   double[] gridX, double[] fitted, double[] plain, double[] truth,
                                   double[] augmentedX, double[] augmentedY) {
}
