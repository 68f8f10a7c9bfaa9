import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "../../internal/cx";
import { describedBy, FieldError, fieldIds, Hint } from "../../internal/field";

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "name" | "id" | "defaultValue" | "value" | "children"
>;

export interface FileInputProps extends NativeInputProps {
  label: ReactNode;
  name: string;
  /** Default `name`; an error summary links to `#<id>`. */
  id?: string;
  /** Allowed types and size, linked by `aria-describedby`. */
  hint?: ReactNode;
  error?: ReactNode;
  /** Hidden prefix read before the error. Default "Fehler:". */
  errorPrefix?: string;
  /** MIME types for the browser's file picker (the server checks the content anyway). */
  accept?: string;
  /**
   * What is uploaded already (a file name and size, a "remove" checkbox): shown between hint and
   * input and linked by `aria-describedby`, so choosing no new file keeps it.
   */
  current?: ReactNode;
  optional?: boolean;
  optionalText?: string;
}

/**
 * File upload in KERN's form-input pattern. A plain `<input type="file">` in a multipart form:
 * works without JavaScript; type and size are checked on the server, on the file's content.
 */
export function FileInput({
  label,
  name,
  id = name,
  hint,
  error,
  errorPrefix = "Fehler:",
  accept,
  current,
  optional,
  optionalText = "(optional)",
  "aria-describedby": extraDescribedBy,
  ...native
}: FileInputProps) {
  const { hintId, errorId } = fieldIds(id);
  const currentId = `${id}-current`;
  const hasError = error !== undefined && error !== null && error !== false;
  return (
    <div className={cx("kern-form-input", hasError && "kern-form-input--error")}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> {optionalText}</span> : null}
      </label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {current ? (
        <div className="kern-body" id={currentId}>
          {current}
        </div>
      ) : null}
      <input
        {...native}
        className={cx("kern-form-input__input", hasError && "kern-form-input__input--error")}
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={describedBy(
          hint ? hintId : undefined,
          current ? currentId : undefined,
          hasError && errorId,
          extraDescribedBy,
        )}
      />
      {hasError ? (
        <FieldError id={errorId} prefix={errorPrefix}>
          {error}
        </FieldError>
      ) : null}
    </div>
  );
}
