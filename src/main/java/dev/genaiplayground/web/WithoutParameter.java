package dev.genaiplayground.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request with one query parameter hidden from the servlet that handles it; the query string stays as it was. */
final class WithoutParameter extends HttpServletRequestWrapper {

    private final String hidden;

    WithoutParameter(HttpServletRequest request, String hidden) {
        super(request);
        this.hidden = hidden;
    }

    @Override
    public String getParameter(String name) {
        return hidden.equals(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return hidden.equals(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
        parameters.remove(hidden);
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
