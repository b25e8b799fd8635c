/** Tools that prepare the layout model's training data; not API. */
package dev.recto.layout.train;
