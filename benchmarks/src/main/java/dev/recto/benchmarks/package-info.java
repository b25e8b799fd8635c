/** JMH benchmarks of Recto's stages. */
package dev.recto.benchmarks;
