/**
 * The browser's own data (issue 15), as Chromium keeps a profile: a directory only the
 * browser process opens ({@link minibrowser.browser.profile.ProfileDirectory}), one
 * browser per profile ({@link minibrowser.browser.profile.ProfileLock} and
 * {@link minibrowser.browser.profile.SingletonSocket}), and a SQLite database in WAL mode
 * ({@link minibrowser.browser.profile.ProfileDatabase}) with history, bookmarks and the
 * session, written on a thread of its own ({@link minibrowser.browser.profile.ProfileStore})
 * so that browser-ui never waits for a disk.
 *
 * <p>Children never see it: the sandbox binds nothing of it, and the architecture test
 * forbids renderer, gpu and plugin code to depend on this package or on JDBC.
 */
package minibrowser.browser.profile;
