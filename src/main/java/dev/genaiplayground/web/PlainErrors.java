package dev.genaiplayground.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a person or program sees when a request fails outside Vaadin's pages (a missing static file, a refused
 * request): the status and one sentence, as plain text. Replaces Spring Boot's error page, which answered
 * {@code /error} itself with 500 and logged "Circular view path" for every HTML request. Requested directly,
 * {@code /error} is a page that does not exist.
 */
@RestController
public class PlainErrors implements ErrorController {

    @RequestMapping("/error")
    public ResponseEntity<String> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.valueOf(number) : HttpStatus.NOT_FOUND;
        String message = switch (status) {
            case NOT_FOUND -> "Nothing here.";
            case METHOD_NOT_ALLOWED -> "This address does not answer that kind of request.";
            case INTERNAL_SERVER_ERROR -> "Sorry, something went wrong on our side.";
            default -> status.getReasonPhrase() + ".";
        };
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN,
                StandardCharsets.UTF_8)).body(status.value() + " " + message + "\n");
    }
}
