/**
 * The layouts of frames in shared memory, known to the renderer that writes them
 * and the gpu process that reads them: {@link minibrowser.common.frame.CellGrid}
 * for the terminal device (cells of {@link minibrowser.common.frame.CellGeometry}'s
 * 8 x 16 CSS px), plain ARGB ints for the pixel device.
 */
package minibrowser.common.frame;
