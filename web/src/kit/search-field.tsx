import { useEffect, useState } from 'react';
import { TextField, type TextFieldProps } from './fields.tsx';

/**
 * A text filter that commits after a short pause in typing (or on Enter), so a list is not
 * reloaded on every key. Follows its value when it is changed from outside (filters cleared).
 */
export function SearchField({
  value,
  onCommit,
  delay = 300,
  ...props
}: Omit<TextFieldProps, 'value' | 'onChange'> & {
  value: string;
  onCommit: (value: string) => void;
  delay?: number;
}) {
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (value !== committed) {
    setCommitted(value);
    setText(value);
  }

  useEffect(() => {
    if (text === value) return;
    const timer = window.setTimeout(() => onCommit(text), delay);
    return () => window.clearTimeout(timer);
  }, [text, value, delay, onCommit]);

  return (
    <TextField
      type="search"
      autoComplete="off"
      {...props}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          onCommit(text);
        }
      }}
    />
  );
}
