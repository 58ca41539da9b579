import type { LucideIcon } from 'lucide-react';
import BriefcaseBusiness from 'lucide-react/icons/briefcase-business';
import GraduationCap from 'lucide-react/icons/graduation-cap';
import HardHat from 'lucide-react/icons/hard-hat';
import Headset from 'lucide-react/icons/headset';
import Laptop from 'lucide-react/icons/laptop';
import ShoppingBag from 'lucide-react/icons/shopping-bag';
import Stethoscope from 'lucide-react/icons/stethoscope';
import User from 'lucide-react/icons/user';
import UserStar from 'lucide-react/icons/user-star';
import Wrench from 'lucide-react/icons/wrench';
import { memo } from 'react';
import './look.css';
import { type AvatarKey, avatarKey } from './avatars';

const ICONS: Readonly<Record<AvatarKey, LucideIcon>> = {
  person: User,
  office: BriefcaseBusiness,
  student: GraduationCap,
  technician: Wrench,
  health: Stethoscope,
  developer: Laptop,
  support: Headset,
  builder: HardHat,
  shopper: ShoppingBag,
  star: UserStar,
};

/** A persona's avatar as an icon in a round badge (decorative: the persona's name is beside it). */
export const PersonaAvatar = memo(function PersonaAvatar({
  value,
  size = 22,
}: {
  readonly value: string;
  readonly size?: number;
}) {
  const Icon = ICONS[avatarKey(value)];
  return (
    <span className="persona-avatar" aria-hidden="true" style={{ width: size + 8, height: size + 8 }}>
      <Icon size={size} strokeWidth={1.8} />
    </span>
  );
});
