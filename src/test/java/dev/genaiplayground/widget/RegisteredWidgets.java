package dev.genaiplayground.widget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Every widget registered in the app, found the way Spring finds them (component classes implementing
 * {@link WidgetDefinition}), so that a test written against this list covers each new widget with no edit here.
 * Also makes random valid states of any widget without knowing its state type.
 */
public final class RegisteredWidgets {

    private RegisteredWidgets() {
    }

    public static List<WidgetDefinition<?, ?>> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(WidgetDefinition.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class)); // either matches: check both below
        List<WidgetDefinition<?, ?>> widgets = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("dev.genaiplayground.widget")) {
            try {
                Class<?> type = Class.forName(bean.getBeanClassName());
                if (!WidgetDefinition.class.isAssignableFrom(type) || !type.isAnnotationPresent(Component.class)) {
                    continue;
                }
                widgets.add((WidgetDefinition<?, ?>) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + bean.getBeanClassName(), e);
            }
        }
        widgets.sort(Comparator.comparing(WidgetDefinition::id));
        return widgets;
    }

    /**
     * A random valid state: the default or the largest state with every number moved at random, booleans flipped
     * at random, and whole numbers nudged; a change the record refuses is left out.
     */
    public static <S extends Record> S randomState(WidgetDefinition<S, ?> widget, Random random) {
        S base = random.nextBoolean() ? widget.defaultState() : widget.largestState();
        StateCodec<S> codec = widget.codec();
        Map<String, String> types = codec.typeNames();
        S state = base;
        for (Map.Entry<String, String> setting : codec.toSettings(base).entrySet()) {
            String changed = change(setting.getValue(), types.get(setting.getKey()), random);
            if (changed == null) {
                continue;
            }
            Map<String, String> one = new LinkedHashMap<>();
            one.put(setting.getKey(), changed);
            try {
                state = codec.fromSettings(one, state);
            } catch (InvalidStateException refused) {
                // outside this setting's limits: keep the value it had
            }
        }
        return state;
    }

    private static String change(String value, String type, Random random) {
        return switch (type) {
            case "true or false" -> String.valueOf(random.nextBoolean());
            case "whole number" -> String.valueOf(Integer.parseInt(value) + random.nextInt(3) - 1);
            case "number" -> move(value, random);
            default -> type.startsWith("numbers") || type.startsWith("matrix") ? moveAll(value, random) : null;
        };
    }

    private static String moveAll(String list, Random random) {
        StringBuilder out = new StringBuilder();
        for (String part : list.split("(?<=[,;])|(?=[,;])")) {
            out.append(part.equals(",") || part.equals(";") ? part : move(part, random));
        }
        return out.toString();
    }

    private static String move(String number, Random random) {
        double x = Double.parseDouble(number);
        return Double.toString(x * (0.5 + random.nextDouble()) + random.nextGaussian());
    }
}
