package dev.genaiplayground;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the playground: a Vaadin Flow app whose widgets compute with ND4J on the server. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@Theme("playground")
@Meta(name = "description", content = "Learn the math under transformers and LLMs by touching it.")
public class Application implements AppShellConfigurator {

    /**
     * Applies the remembered light/dark choice (or the system's) before the first paint, and offers
     * {@code window.playgroundTheme.toggle()} to the theme button.
     */
    private static final String THEME_SCRIPT = """
            (function () {
              var root = document.documentElement;
              function apply(theme) { if (theme === 'dark') { root.setAttribute('theme', 'dark'); }
                                      else { root.removeAttribute('theme'); } }
              var stored = null;
              try { stored = localStorage.getItem('playground-theme'); } catch (e) { }
              apply(stored || (window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches
                               ? 'dark' : 'light'));
              window.playgroundTheme = {
                toggle: function () {
                  var next = root.getAttribute('theme') === 'dark' ? 'light' : 'dark';
                  apply(next);
                  try { localStorage.setItem('playground-theme', next); } catch (e) { }
                }
              };
            })();
            """;

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("GenAI Foundations Playground");
        settings.addInlineWithContents(Inline.Position.PREPEND, THEME_SCRIPT, Inline.Wrapping.JAVASCRIPT);
    }
}
