/**
 * Not API: the worker protocol (frames, the lossless result codec), the worker's main class and the
 * parent's handles on worker processes. May change in any release; parent and workers must run the
 * same Recto version.
 */
package dev.recto.core.isolate.internal;
