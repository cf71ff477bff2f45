package dev.genaiplayground.api;

import dev.genaiplayground.web.WebLimits;
import dev.genaiplayground.widget.InvalidStateException;
import dev.genaiplayground.widget.LinkSettings;
import dev.genaiplayground.widget.ResultCache;
import dev.genaiplayground.widget.WidgetDefinition;
import dev.genaiplayground.widget.WidgetRegistry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every widget's numbers as JSON, for the same settings its page takes: the URL of a widget page with
 * {@code /widgets/} replaced by {@code /api/widgets/} answers {@code {"widget", "state", "result"}} with the numbers
 * that page shows, at full double precision. Numbers JSON cannot hold are strings: {@code "-Infinity"} for a masked
 * attention score, {@code "Infinity"} and {@code "NaN"} likewise. Bad settings answer 400 with a problem document
 * ({@code application/problem+json}) whose {@code setting} names the setting and {@code detail} says why.
 */
@RestController
public class WidgetApi {

    /** One widget's answer. */
    public record Answer(String widget, Record state, Record result) {
    }

    private final WidgetRegistry registry;
    private final ResultCache results;
    private final WebLimits limits;

    public WidgetApi(WidgetRegistry registry, ResultCache results, WebLimits limits) {
        this.registry = registry;
        this.results = results;
        this.limits = limits;
    }

    @GetMapping("/api/widgets")
    public List<WidgetDescription> list() {
        return registry.all().stream().map(WidgetDescription::of).toList();
    }

    @GetMapping("/api/widgets/{id}")
    public ResponseEntity<?> widget(@PathVariable String id, @RequestParam MultiValueMap<String, String> settings) {
        WidgetDefinition<?, ?> widget = registry.find(id).orElse(null);
        if (widget == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "There is no widget with this id. GET /api/widgets lists them.");
            problem.setTitle("Unknown widget");
            problem.setType(URI.create("about:blank"));
            return ResponseEntity.of(problem).build();
        }
        return answer(widget, settings);
    }

    private <S extends Record, R extends Record> ResponseEntity<?> answer(WidgetDefinition<S, R> widget,
                                                              Map<String, List<String>> settings) {
        S state;
        try {
            state = LinkSettings.state(widget, settings, limits.maxSettingLength());
        } catch (InvalidStateException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setTitle("These settings do not make a valid " + widget.id() + " state");
            e.setting().ifPresent(setting -> problem.setProperty("setting", setting));
            return ResponseEntity.of(problem).build();
        }
        try {
            return ResponseEntity.ok(new Answer(widget.id(), state, results.resultOf(widget, state)));
        } catch (IllegalArgumentException refused) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
            problem.setTitle("The numerics refused this state");
            return ResponseEntity.of(problem).build();
        }
    }
}
