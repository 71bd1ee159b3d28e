/**
 * What every process shares: the process-type switch, named exit codes and
 * thread naming. The contracts themselves are the {@code .proto} files of this
 * module; their generated classes live in {@code minibrowser.proto}.
 */
package minibrowser.common;
