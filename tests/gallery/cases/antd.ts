import { libraryCases } from './case.ts';

/** Ant Design pages, every behaviour: Alert, message, notification, Modal, Result, Empty, Spin, Progress, Skeleton, Form errors, Badge, Tag. */
export const antdCases = libraryCases('antd', 'antd');
