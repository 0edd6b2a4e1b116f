export { Badge, StatusPill, type Tone } from './badge.tsx';
export { Banner, ErrorBanner, useDescribeError, type DescribedError } from './banner.tsx';
export { Button, LinkButton, type ButtonProps, type ButtonVariant } from './button.tsx';
export { Card } from './card.tsx';
export { CopyField } from './copy-field.tsx';
export { cx } from './cx.ts';
export { DateTimeField, type DateTimeFieldProps } from './date-time-field.tsx';
export { DataTable, parseSort, type Column, type DataTableProps, type Pagination } from './data-table.tsx';
export { DescriptionList, type DescriptionItem } from './description-list.tsx';
export { ConfirmDialog, Dialog, type DialogProps } from './dialog.tsx';
export { Checkbox, Select, TextArea, TextField, type SelectOption } from './fields.tsx';
export { FilterBar, Form, FormActions, FormGrid, FormSection } from './form.tsx';
export { Icon, type IconName } from './icons.tsx';
export { PageHeader } from './page-header.tsx';
export { Skeleton, Spinner } from './spinner.tsx';
export { TabPanel, Tabs, type TabItem } from './tabs.tsx';
export { ToastProvider, useToast, type ToastInput } from './toast.tsx';
export { SearchField } from './search-field.tsx';
export {
  instantToZonedDate,
  instantToZonedLocal,
  todayInZone,
  zonedDateTimeToInstant,
  zonedLocalToInstant,
  zoneCity,
} from './zoned-time.ts';
