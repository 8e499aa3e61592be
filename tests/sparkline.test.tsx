import { render } from '@testing-library/react';

import { Sparkline } from '../src/components/sparkline';

/**
 * The sparkline is decorative (hidden from assistive technology; the card gives the values in
 * words), so what is checked is what it draws: a dot per value while they fit, and the line
 * with the newest dot alone when a claim has been reported too many times for dots to fit.
 */
const dots = (values: number[], disputed: number[] = []) => {
  const { container } = render(
    <Sparkline points={values.map((value, i) => ({ value, disputed: disputed.includes(i) }))} />,
  );
  return Array.from(container.querySelectorAll('circle'));
};

it('draws a dot for each of a few values, the disputed ones hollow', () => {
  const drawn = dots([10, 20, 15], [1]);
  expect(drawn).toHaveLength(3);
  expect(drawn[1]).toHaveClass('fill-white');
  expect(drawn[2]).toHaveAttribute('r', '3');
});

it('draws only the newest dot when hundreds of values would merge into a blot', () => {
  const values = Array.from({ length: 500 }, (_, i) => i + 1);
  const drawn = dots(values);
  expect(drawn).toHaveLength(1);
  expect(drawn[0]).toHaveAttribute('r', '3');
  // The newest value is the highest here: its dot sits at the top of the drawing.
  expect(drawn[0]).toHaveAttribute('cy', '4');
});

it('rings the best-supported value when it is not the newest, also among hundreds of values', () => {
  const { container } = render(
    <Sparkline points={[{ value: 10 }, { value: 20, best: true }, { value: 15 }]} />,
  );
  const circles = Array.from(container.querySelectorAll('circle'));
  // Three dots and a ring around the second, open, larger than the newest dot.
  expect(circles).toHaveLength(4);
  const ring = circles[3];
  expect(ring).toHaveAttribute('fill', 'none');
  expect(ring?.getAttribute('cx')).toBe(circles[1]?.getAttribute('cx'));
  expect(Number(ring?.getAttribute('r'))).toBeGreaterThan(3);

  const many = render(
    <Sparkline points={Array.from({ length: 500 }, (_, i) => ({ value: i + 1, best: i === 99 }))} />,
  );
  // The newest dot, the best-supported one's dot and its ring.
  expect(many.container.querySelectorAll('circle')).toHaveLength(3);
});
