package minibrowser.renderer.script;

import java.net.URI;
import minibrowser.renderer.script.dom.HostObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Undefined;

/**
 * {@code location}: the document's URL in parts, to read; and a way to navigate, to
 * write ({@code location.href = url}, {@code assign}, {@code replace}, {@code reload}).
 * A navigation is only asked for: the browser decides, as for a link the user follows
 * ({@link ScriptHost#navigate}). Setting only the fragment ({@code #part}) is a
 * non-goal: it navigates too.
 */
final class LocationObject extends HostObject {
    private final String url;
    private final ScriptHost host;

    LocationObject(Scriptable scope, String url, ScriptHost host) {
        super("Location");
        this.url = url;
        this.host = host;
        setParentScope(scope);
        setPrototype(getObjectPrototype(scope));
        method(this, "assign", 1, LocationObject.class, (self, a) -> self.go(string(a, 0), false));
        method(this, "replace", 1, LocationObject.class, (self, a) -> self.go(string(a, 0), true));
        method(this, "reload", 0, LocationObject.class, (self, a) -> self.go(self.url, true));
        method(this, "toString", 0, LocationObject.class, (self, a) -> self.url);
    }

    /** Resolves {@code target} against the document's URL and asks the browser to go there. */
    Object go(String target, boolean replace) {
        String absolute;
        try {
            absolute = URI.create(url).resolve(target.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw ScriptRuntime.constructError("SyntaxError", "'" + target + "' is not a valid URL");
        }
        host.navigate(absolute, replace);
        return Undefined.instance;
    }

    @Override
    public Object get(String name, Scriptable start) {
        URI uri = parsed();
        switch (name) {
            case "href": return url;
            case "protocol": return uri == null || uri.getScheme() == null ? "" : uri.getScheme() + ":";
            case "host": return uri == null || uri.getHost() == null ? "" : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            case "hostname": return uri == null || uri.getHost() == null ? "" : uri.getHost();
            case "port": return uri == null || uri.getPort() < 0 ? "" : String.valueOf(uri.getPort());
            case "pathname": return uri == null || uri.getRawPath() == null ? "" : uri.getRawPath();
            case "search": return uri == null || uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            case "hash": return uri == null || uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
            case "origin": return uri == null || uri.getHost() == null ? "null" : uri.getScheme() + "://" + get("host", start);
            default: return super.get(name, start);
        }
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        if (name.equals("href")) {
            go(ScriptRuntime.toString(value), false);
            return;
        }
        super.put(name, start, value);
    }

    private URI parsed() {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
