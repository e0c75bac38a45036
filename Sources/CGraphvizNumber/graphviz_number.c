#include "graphviz_number.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

// Graphviz 2.42 prints every coordinate of an SVG path (and numbers of the other formats its
// core writers write) with snprintf("%.02f"), then drops trailing zeros; glibc's exact decimal conversion costs
// about 2,400 instructions a number, and a map of 1,000 rounded boxes prints 31,000 of them.
// This writes the same bytes with integer arithmetic.

static double near_zero_as_zero(double number) {
    return (number > -1e-8 && number < 1e-8) ? 0 : number;
}

size_t smap_graphviz_number_printf(double number, char *out) {
    char text[SMAP_GRAPHVIZ_NUMBER_CAPACITY];
    int printed = snprintf(text, sizeof text, "%.02f", near_zero_as_zero(number));
    if (printed < 0) return 0;
    size_t length = (size_t)printed < sizeof text ? (size_t)printed : sizeof text - 1;
    if (memchr(text, '.', length) != NULL) {
        while (text[length - 1] == '0') length--;
        if (text[length - 1] == '.') length--;
    }
    memcpy(out, text, length);
    return length;
}

size_t smap_graphviz_number(double number, char *out) {
    number = near_zero_as_zero(number);
    double magnitude = fabs(number);
    // Below 1e13, a hundred times the magnitude stays below 2^52, where the steps below are exact.
    if (!(magnitude < 1e13)) return smap_graphviz_number_printf(number, out);

    // The exact product magnitude × 100 is high + low: `low` is the rounding error of the
    // product, which fma gives exactly.
    double high = magnitude * 100.0;
    double low = fma(magnitude, 100.0, -high);
    double whole = floor(high);
    // high − whole − ½ is exact; the exact product is above the midpoint between whole and
    // whole + 1 when that plus `low` is positive, on it when it is zero (then to even).
    double aboveMidpoint = (high - whole) - 0.5;
    uint64_t hundredths = (uint64_t)whole;
    if (aboveMidpoint > -low || (aboveMidpoint == -low && (hundredths & 1) != 0)) hundredths += 1;

    // Written backwards, least significant digit first.
    char reversed[32];
    size_t count = 0;
    uint64_t fraction = hundredths % 100, integer = hundredths / 100;
    if (fraction != 0) {
        if (fraction % 10 != 0) reversed[count++] = (char)('0' + fraction % 10);
        reversed[count++] = (char)('0' + fraction / 10);
        reversed[count++] = '.';
    }
    do {
        reversed[count++] = (char)('0' + integer % 10);
        integer /= 10;
    } while (integer != 0);
    if (signbit(number)) reversed[count++] = '-';
    for (size_t index = 0; index < count; index++) out[index] = reversed[count - 1 - index];
    return count;
}
