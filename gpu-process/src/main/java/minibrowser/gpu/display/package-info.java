/**
 * Presenting: getting a composed screen onto a real device.
 *
 * <p>{@link minibrowser.gpu.display.TerminalPresenter} draws
 * {@link minibrowser.common.frame.CellGrid}s on a terminal with ANSI escape
 * sequences, sending only the cells that changed since the last frame, as a
 * terminal UI library does. {@link minibrowser.gpu.display.EscapeWriter} knows the
 * escape sequences and {@link minibrowser.gpu.display.Xterm256Palette} maps colours
 * for terminals without truecolor.
 *
 * <p>Pure apart from the output stream it is given: no threads, no gRPC. The gpu
 * process's display thread owns the presenter.
 */
package minibrowser.gpu.display;
