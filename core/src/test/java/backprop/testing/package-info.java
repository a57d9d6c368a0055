/** Test helpers shared by every module's tests, shipped as core's test-jar. */
package backprop.testing;
