package minibrowser.renderer.engine.style;

import com.helger.css.decl.CSSDeclarationList;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.handler.DoNothingCSSParseExceptionCallback;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderDeclarationList;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.DoNothingCSSInterpretErrorHandler;
import com.helger.css.reader.errorhandler.DoNothingCSSParseErrorHandler;
import java.util.Optional;

/**
 * The one place the engine calls the CSS parser library, ph-css (a CSS 3 tokenizer and
 * parser generated from a grammar, with browser-like error recovery). It gives the
 * library's object model; {@link CssParser} and {@link SelectorBuilder} turn that model
 * into the engine's own rules and selectors.
 *
 * <p>Every call gets its own settings: "browser compliant" recovery (skip a bad
 * declaration or rule, keep the rest, as CSS Syntax 3 says) and handlers that neither
 * log nor throw, since broken style sheets are normal on the web. Never throws.
 */
final class CssReader {

    private CssReader() {}

    /**
     * The parsed sheet, or empty if the library gave up on it altogether. Blocks still
     * open at the end of the text are closed, as CSS Syntax 3 says for the end of input
     * (the library would drop the unfinished rule): two closing braces cover a rule
     * inside {@code @media}, and extra ones at the top level are skipped as errors.
     */
    static Optional<CascadingStyleSheet> sheet(String css) {
        try {
            return Optional.ofNullable(CSSReader.readFromStringReader(css + "\n}}", settings()));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** The parsed body of a {@code style} attribute, or empty if it does not parse as a whole. */
    static Optional<CSSDeclarationList> declarations(String text) {
        try {
            return Optional.ofNullable(CSSReaderDeclarationList.readFromString(text, settings()));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static CSSReaderSettings settings() {
        return new CSSReaderSettings()
                .setBrowserCompliantMode(true)
                .setCustomErrorHandler(new DoNothingCSSParseErrorHandler())
                .setCustomExceptionHandler(new DoNothingCSSParseExceptionCallback())
                .setInterpretErrorHandler(new DoNothingCSSInterpretErrorHandler());
    }
}
