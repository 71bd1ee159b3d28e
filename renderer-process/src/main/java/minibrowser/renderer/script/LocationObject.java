package minibrowser.renderer.script;

import minibrowser.common.UrlParts;
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
        String absolute = UrlParts.resolve(url, target)
                .orElseThrow(() -> ScriptRuntime.constructError("SyntaxError", "'" + target + "' is not a valid URL"));
        host.navigate(absolute, replace);
        return Undefined.instance;
    }

    @Override
    public Object get(String name, Scriptable start) {
        UrlParts parts = UrlParts.of(url).orElse(new UrlParts(url, "", "", -1, "", null, null));
        switch (name) {
            case "href": return url;
            case "protocol": return parts.scheme().isEmpty() ? "" : parts.scheme() + ":";
            case "host": return parts.host() + (parts.port() < 0 ? "" : ":" + parts.port());
            case "hostname": return parts.host();
            case "port": return parts.port() < 0 ? "" : String.valueOf(parts.port());
            case "pathname": return parts.path();
            case "search": return parts.query() == null || parts.query().isEmpty() ? "" : "?" + parts.query();
            case "hash": return parts.fragment() == null || parts.fragment().isEmpty() ? "" : "#" + parts.fragment();
            case "origin": return parts.origin();
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
}
