/** Layout evaluation: COCO-style mAP of the model and the fallback on synthetic truth. */
package dev.recto.layout.eval;
