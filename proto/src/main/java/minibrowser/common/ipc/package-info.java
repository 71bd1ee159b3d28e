/**
 * The inter-process plumbing every process shares: gRPC servers and channels on
 * Unix domain sockets ({@link minibrowser.common.ipc.Transport}), the per-child
 * secret on every call ({@link minibrowser.common.ipc.Secrets}), the stdin pipe
 * that carries the secret and tells a child its parent died
 * ({@link minibrowser.common.ipc.ParentPipe}), and memory-mapped files for frames
 * ({@link minibrowser.common.ipc.SharedBuffer}).
 */
package minibrowser.common.ipc;
